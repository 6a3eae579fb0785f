-- covers: parsing a text maze into a grid with gmatch and string.find,
-- breadth-first search with a queue built on table indices, path
-- reconstruction, drawing the path by splicing strings with string.sub,
-- and reporting with string.format / string.rep
local maze = [[
##########
#S   #   #
# ## # # #
#  #   # #
## ##### #
#      # #
# #### # #
#    #  E#
##########]]

local grid, start, goal = {}, nil, nil
local r = 0
for line in maze:gmatch("[^\n]+") do
  r = r + 1
  grid[r] = line
  local c = line:find("S", 1, true)
  if c then start = {r, c} end
  c = line:find("E", 1, true)
  if c then goal = {r, c} end
end
print("size", #grid, #grid[1], "start", start[1], start[2], "goal", goal[1], goal[2])

local function key(rr, cc) return rr * 100 + cc end
local function bfs()
  local queue, head = {start}, 1
  local prev = {[key(start[1], start[2])] = false}
  while head <= #queue do
    local cur = queue[head]; head = head + 1
    if cur[1] == goal[1] and cur[2] == goal[2] then return prev, head - 1 end
    for _, d in ipairs{{0, 1}, {1, 0}, {0, -1}, {-1, 0}} do
      local nr, nc = cur[1] + d[1], cur[2] + d[2]
      local ch = grid[nr] and grid[nr]:sub(nc, nc)
      if ch and ch ~= "#" and ch ~= "" and prev[key(nr, nc)] == nil then
        prev[key(nr, nc)] = cur
        queue[#queue + 1] = {nr, nc}
      end
    end
  end
  return nil, head - 1
end

local prev, visited = bfs()
print("visited", visited)
local path = {}
local node = goal
while node do
  table.insert(path, 1, node)
  node = prev[key(node[1], node[2])]
end
print("path length", #path - 1)
local drawn = {}
for i, row in ipairs(grid) do drawn[i] = row end
for i = 2, #path - 1 do
  local p = path[i]
  local row = drawn[p[1]]
  drawn[p[1]] = row:sub(1, p[2] - 1) .. "." .. row:sub(p[2] + 1)
end
print(table.concat(drawn, "\n"))
local moves = {}
for i = 2, #path do
  local dr, dc = path[i][1] - path[i - 1][1], path[i][2] - path[i - 1][2]
  moves[#moves + 1] = dr == 1 and "D" or dr == -1 and "U" or dc == 1 and "R" or "L"
end
local m = table.concat(moves)
print(m)
print((m:gsub("(%a)%1*", function(c) return c end)), select(2, m:gsub("R", "")))
local compact = {}
local i = 1
while i <= #m do
  local c = m:sub(i, i)
  local _, e = m:find(c .. "+", i)
  compact[#compact + 1] = c .. (e - i + 1)
  i = e + 1
end
print(table.concat(compact, " "))
-- blocked goal
grid[7] = grid[7]:sub(1, 8) .. "#" .. grid[7]:sub(10)
grid[8] = grid[8]:sub(1, 7) .. "#" .. grid[8]:sub(9)
print(grid[7], grid[8])
local p2, v2 = bfs()
print("blocked:", p2, v2)
