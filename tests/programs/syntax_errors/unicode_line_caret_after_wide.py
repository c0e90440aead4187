message = "日本語のテキスト" + 
