s = fb"abc"
