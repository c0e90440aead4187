"name" = "Bob"
