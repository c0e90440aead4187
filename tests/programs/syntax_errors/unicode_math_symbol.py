area = π × r ** 2
