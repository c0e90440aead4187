# Uncaught exception through several nested calls.
def parse_record(line):
    name, age = line.split(",")
    return {"name": name.strip(), "age": int(age)}
def load(lines):
    records = []
    for line in lines:
        records.append(parse_record(line))
        print("loaded", records[-1])
    return records
def main():
    data = [
        "ann, 31",
        "bob, 27",
        "cid, twenty",
        "dee, 40",
    ]
    people = load(data)
    print("total age", sum(p["age"] for p in people))
print("starting")
main()
print("never printed")
