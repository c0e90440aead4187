x = *items
