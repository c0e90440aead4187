# types.TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno): argument checks in Argument Clinic's order
import types, sys
f = sys._getframe()
for a in [('no', f, 1, 2), (None, 'no', 1, 2), (None, f, 'no', 2), (None, f, 1, 'nuh'), (None, f, 1), (None, f, 1, 2, 3), ('no', 'no', 'no', 'no')]:
    try:
        types.TracebackType(*a)
        print('ok')
    except TypeError as e:
        print(e)
tb = types.TracebackType(tb_next=None, tb_frame=f, tb_lasti=4, tb_lineno=2)
print(tb.tb_lasti, tb.tb_lineno, tb.tb_next, tb.tb_frame is f)
tb2 = types.TracebackType(tb, f, 0, 7)
print(tb2.tb_next is tb, tb2.tb_lineno)
