-- covers: backtracking search (N-queens), counting solutions and printing the first board
local function solve(n)
  local cols, d1, d2, pos = {}, {}, {}, {}
  local count, first = 0, nil
  local function place(r)
    if r > n then
      count = count + 1
      if not first then
        first = {}
        for i = 1, n do first[i] = pos[i] end
      end
      return
    end
    for c = 1, n do
      if not cols[c] and not d1[r + c] and not d2[r - c + n] then
        cols[c], d1[r + c], d2[r - c + n] = true, true, true
        pos[r] = c
        place(r + 1)
        cols[c], d1[r + c], d2[r - c + n] = false, false, false
      end
    end
  end
  place(1)
  return count, first
end
for n = 1, 8 do
  local count = solve(n)
  print(n, count)
end
local _, board = solve(6)
for r = 1, 6 do
  local line = ""
  for c = 1, 6 do line = line .. (board[r] == c and "Q" or ".") end
  print(line)
end
