"""Functions over 80 lines and classes over 300 lines in a package (the house rule): python scripts/check_sizes.py attribution"""
import ast, sys, pathlib
root = pathlib.Path(sys.argv[1])
lim_f = int(sys.argv[2]) if len(sys.argv) > 2 else 80
for p in sorted(root.rglob("*.py")):
    tree = ast.parse(p.read_text())
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            n = node.end_lineno - node.lineno + 1
            if n > lim_f: print(f"FUNC {n:4d} {p}:{node.lineno} {node.name}")
        elif isinstance(node, ast.ClassDef):
            n = node.end_lineno - node.lineno + 1
            if n > 300: print(f"CLASS {n:4d} {p}:{node.lineno} {node.name}")
