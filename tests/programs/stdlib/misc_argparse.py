# argparse: options, positionals, defaults, help and errors (exit status 2 and the usage message).
import argparse

parser = argparse.ArgumentParser(prog='tool', description='A test tool.')
parser.add_argument('files', nargs='+', help='input files')
parser.add_argument('-n', '--count', type=int, default=3, help='how many')
parser.add_argument('-v', '--verbose', action='store_true')
parser.add_argument('--mode', choices=['fast', 'slow'], default='fast')
ns = parser.parse_args(['a.txt', 'b.txt', '-n', '5', '--verbose'])
print(ns.files, ns.count, ns.verbose, ns.mode)
print(vars(parser.parse_args(['x', '--mode', 'slow'])))
parser.print_help()
for argv in [[], ['x', '-n', 'notint'], ['x', '--mode', 'medium']]:
    try:
        parser.parse_args(argv)
    except SystemExit as e:
        print('exit', e.code)
sub = argparse.ArgumentParser(prog='git')
sp = sub.add_subparsers(dest='cmd')
c = sp.add_parser('commit')
c.add_argument('-m')
print(sub.parse_args(['commit', '-m', 'msg']))
