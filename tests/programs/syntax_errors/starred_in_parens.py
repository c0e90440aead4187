values = (*items)
