local function show<T: string | number>(v: T): string
  return tostring(v)
end
print(show(1), show("a"))
show(true) -- expect-error: GENERIC_CONSTRAINT
