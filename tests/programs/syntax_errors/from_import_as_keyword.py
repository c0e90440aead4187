from os import path as True
