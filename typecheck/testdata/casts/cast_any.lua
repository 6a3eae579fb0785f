local data: any = {1, 2}
local xs = data :: {number}
local first: number = xs[1]
local f = (data as (number) -> number)
print(first, f)
