msg = "text" b"bytes"
