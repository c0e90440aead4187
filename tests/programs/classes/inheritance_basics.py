# Single inheritance, overriding and super().
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"
class Dog(Animal):
    sound = "woof"
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + f" (age {self.age})"
class Cat(Animal):
    def speak(self):
        return self.name + " ignores you"
pets = [Animal("generic"), Dog("rex"), Puppy("bit", 1), Cat("tom")]
for p in pets:
    print(repr(p), "|", p.speak())
print(isinstance(pets[2], Dog), isinstance(pets[2], Animal), isinstance(pets[3], Dog))
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Dog, Dog))
print(Puppy.__bases__, Puppy.__mro__)
print(Dog.__name__, Dog.__qualname__, Dog.__module__)
print(Puppy.sound, "sound" in Puppy.__dict__, "sound" in Dog.__dict__)
print(type(pets[1]) is Dog, type(pets[1]) == Animal)
print(Animal.__subclasses__())
print(object.__subclasses__ is not None, Dog.__base__, object.__bases__)
