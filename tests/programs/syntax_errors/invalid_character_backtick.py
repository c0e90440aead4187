name = `whoami`
