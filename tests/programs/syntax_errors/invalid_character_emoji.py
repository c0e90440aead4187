status = 🙂
