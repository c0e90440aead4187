import numpy as 1
