local function f(opts: {name: string}?): string
  opts = opts or {name = "default"}
  return opts.name
end
print(f(nil))
