# A library catalog: classes with properties, search, loans with due dates computed by hand.
class Book:
    def __init__(self, isbn, title, author, year, copies=1):
        self.isbn, self.title, self.author, self.year = isbn, title, author, year
        self.copies = copies
        self.loans = []
    @property
    def available(self):
        return self.copies - len(self.loans)
    def __repr__(self):
        return f"{self.title!r} by {self.author} ({self.year})"
class Library:
    LOAN_DAYS = 14
    FINE_PER_DAY = 0.25
    def __init__(self):
        self.books = {}
        self.members = {}
    def add(self, book):
        self.books[book.isbn] = book
    def join(self, name):
        self.members[name] = []
    def search(self, **criteria):
        def match(b):
            for k, v in criteria.items():
                attr = getattr(b, k)
                if isinstance(v, str) and v.lower() not in str(attr).lower():
                    return False
                if isinstance(v, range) and attr not in v:
                    return False
            return True
        return sorted((b for b in self.books.values() if match(b)), key=lambda b: (b.year, b.title))
    def lend(self, name, isbn, day):
        book = self.books[isbn]
        if name not in self.members:
            raise KeyError(f"unknown member {name}")
        if book.available <= 0:
            raise RuntimeError(f"no copies of {book.title!r} left")
        book.loans.append((name, day))
        self.members[name].append((isbn, day + self.LOAN_DAYS))
    def give_back(self, name, isbn, day):
        book = self.books[isbn]
        book.loans = [l for l in book.loans if l[0] != name]
        due = next(d for i, d in self.members[name] if i == isbn)
        self.members[name] = [(i, d) for i, d in self.members[name] if i != isbn]
        late = max(0, day - due)
        return late, late * self.FINE_PER_DAY
lib = Library()
for b in [Book("111", "Dune", "Herbert", 1965, 2), Book("222", "Neuromancer", "Gibson", 1984),
          Book("333", "Foundation", "Asimov", 1951, 3), Book("444", "Hyperion", "Simmons", 1989),
          Book("555", "I, Robot", "Asimov", 1950)]:
    lib.add(b)
for m in ["ann", "bob"]:
    lib.join(m)
print(lib.search(author="asimov"))
print(lib.search(year=range(1960, 1990)))
print(lib.search(title="o", author="s"))
lib.lend("ann", "222", day=1)
try:
    lib.lend("bob", "222", day=3)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    lib.lend("zed", "111", day=3)
except KeyError as e:
    print("KeyError:", e)
lib.lend("bob", "111", day=5)
print({isbn: (b.available, b.loans) for isbn, b in lib.books.items() if b.loans})
print(lib.give_back("ann", "222", day=20), lib.give_back("bob", "111", day=10))
print(lib.members, [b.available for b in lib.books.values()])
