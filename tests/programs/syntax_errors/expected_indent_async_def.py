async def fetch(url):
return url
