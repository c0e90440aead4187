value = return
