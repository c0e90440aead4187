print "done"
