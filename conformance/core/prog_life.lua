-- covers: Conway's game of life on a small torus (nested tables, modular indexing)
local W, H = 8, 6
local function newgrid() local g = {} for y = 1, H do g[y] = {} for x = 1, W do g[y][x] = 0 end end return g end
local g = newgrid()
-- a glider and a blinker
g[1][2], g[2][3], g[3][1], g[3][2], g[3][3] = 1, 1, 1, 1, 1
g[5][6], g[5][7], g[5][8] = 1, 1, 1
local function step(cur)
  local nxt = newgrid()
  for y = 1, H do
    for x = 1, W do
      local n = 0
      for dy = -1, 1 do
        for dx = -1, 1 do
          if dx ~= 0 or dy ~= 0 then
            local yy = (y + dy - 1) % H + 1
            local xx = (x + dx - 1) % W + 1
            n = n + cur[yy][xx]
          end
        end
      end
      if cur[y][x] == 1 and (n == 2 or n == 3) then nxt[y][x] = 1
      elseif cur[y][x] == 0 and n == 3 then nxt[y][x] = 1 end
    end
  end
  return nxt
end
local function show(grid, gen)
  print("generation " .. gen)
  local alive = 0
  for y = 1, H do
    local line = ""
    for x = 1, W do
      line = line .. (grid[y][x] == 1 and "#" or ".")
      alive = alive + grid[y][x]
    end
    print(line)
  end
  print("alive " .. alive)
end
for gen = 0, 4 do
  show(g, gen)
  g = step(g)
end
for _ = 1, 20 do g = step(g) end
show(g, 25)
