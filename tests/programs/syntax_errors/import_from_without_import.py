from json load
