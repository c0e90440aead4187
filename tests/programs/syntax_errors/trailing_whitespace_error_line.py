value = (1 +   
