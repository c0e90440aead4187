# A small stack-based virtual machine with an assembler and labels.
SOURCE = """
    push 1
    store acc
    push 1
    store i
loop:
    load i
    push 10
    gt
    jmpif end
    load acc
    load i
    mul
    store acc
    load i
    push 1
    add
    store i
    jmp loop
end:
    load acc
    print
    push 7
    push 0
    div
    halt
"""
def assemble(src):
    code, labels = [], {}
    for line in src.strip().splitlines():
        line = line.strip()
        if line.endswith(":"):
            labels[line[:-1]] = len(code)
        elif line:
            op, *arg = line.split()
            code.append((op, arg[0] if arg else None))
    return [(op, labels.get(a, int(a) if a and a.lstrip("-").isdigit() else a)) for op, a in code]
class VMError(Exception):
    pass
def run(code, trace=False):
    stack, mem, pc, steps = [], {}, 0, 0
    binops = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b, "mul": lambda a, b: a * b,
              "div": lambda a, b: a // b, "gt": lambda a, b: a > b, "eq": lambda a, b: a == b}
    while pc < len(code):
        op, arg = code[pc]
        pc += 1
        steps += 1
        try:
            if op == "push":
                stack.append(arg)
            elif op == "store":
                mem[arg] = stack.pop()
            elif op == "load":
                stack.append(mem[arg])
            elif op in binops:
                b, a = stack.pop(), stack.pop()
                stack.append(binops[op](a, b))
            elif op == "jmp":
                pc = arg
            elif op == "jmpif":
                if stack.pop():
                    pc = arg
            elif op == "print":
                print("OUT:", stack[-1])
            elif op == "halt":
                break
            else:
                raise VMError(f"unknown op {op}")
        except ZeroDivisionError as e:
            raise VMError(f"pc={pc - 1} {op}: {e}") from e
    return steps, stack, mem
code = assemble(SOURCE)
for i, ins in enumerate(code):
    print(f"{i:3} {ins[0]:6} {'' if ins[1] is None else ins[1]}")
try:
    run(code)
except VMError as e:
    print("VMError:", e, "| cause:", repr(e.__cause__))
print(run(code[:-4] + [("halt", None)]))
