obj().count += 1
"x" += "y"
