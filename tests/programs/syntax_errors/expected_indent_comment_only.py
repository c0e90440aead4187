def later():
    # TODO: implement
