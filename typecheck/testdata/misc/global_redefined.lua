function f(n: number): number
  return n
end
f = function(s) return s end
-- f is assigned twice: its type is not trusted
print(f("x"))
