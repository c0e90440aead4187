# coding: ascii
s = "é"
