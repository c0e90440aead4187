query = '''
SELECT *
FROM users
WHERE id = 1
