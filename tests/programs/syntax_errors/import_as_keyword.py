import json as None
