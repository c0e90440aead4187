msg = b"bytes" "text"
