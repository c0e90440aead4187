pattern = r"\d+\"
import re
print(re.findall(pattern, "a1b22"))
