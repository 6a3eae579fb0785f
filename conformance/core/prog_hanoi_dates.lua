-- covers: towers of Hanoi move lists; calendar arithmetic (leap years, day of week, day counts)
local moves = {}
local function hanoi(n, from, to, via)
  if n == 0 then return end
  hanoi(n - 1, from, via, to)
  moves[#moves + 1] = from .. "->" .. to
  hanoi(n - 1, via, to, from)
end
hanoi(3, "A", "C", "B")
local s = ""
for i = 1, #moves do s = s .. moves[i] .. " " end
print(#moves, s)
moves = {}
hanoi(12, "A", "C", "B")
print(#moves, moves[1], moves[2048], moves[#moves])
local function isleap(y) return y % 4 == 0 and (y % 100 ~= 0 or y % 400 == 0) end
print(isleap(1900), isleap(2000), isleap(2023), isleap(2024))
local mdays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}
local function days_in(y, m) if m == 2 and isleap(y) then return 29 end return mdays[m] end
-- day of week, Zeller-like (0 = Saturday)
local function dow(y, m, d)
  if m < 3 then m = m + 12; y = y - 1 end
  local k, j = y % 100, y // 100
  return (d + (13 * (m + 1)) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
end
local names = {[0] = "Sat", "Sun", "Mon", "Tue", "Wed", "Thu", "Fri"}
print(names[dow(2000, 1, 1)], names[dow(1969, 7, 20)], names[dow(2024, 2, 29)], names[dow(1900, 3, 1)])
-- days since 1970-01-01
local function days_since_epoch(y, m, d)
  local n = 0
  for yy = 1970, y - 1 do n = n + (isleap(yy) and 366 or 365) end
  for mm = 1, m - 1 do n = n + days_in(y, mm) end
  return n + d - 1
end
print(days_since_epoch(1970, 1, 1), days_since_epoch(2000, 3, 1), days_since_epoch(2038, 1, 19))
print(days_since_epoch(2038, 1, 19) * 86400)
local total = 0
for y = 1, 2000 do if isleap(y) then total = total + 1 end end
print(total)
