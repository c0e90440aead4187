import (os, sys)
