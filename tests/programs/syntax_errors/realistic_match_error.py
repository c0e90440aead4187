def handle(event):
    match event:
        case {"type": "click", "x": x, "y": y}:
            return (x, y)
        case {"type": "key", **rest, "code": c}:
            return c
