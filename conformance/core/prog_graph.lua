-- covers: graph algorithms on adjacency lists: BFS shortest paths, DFS order, topological sort
local edges = {{1, 2}, {1, 3}, {2, 4}, {3, 4}, {4, 5}, {5, 6}, {2, 6}, {7, 8}}
local adj = {}
for i = 1, 8 do adj[i] = {} end
for _, e in ipairs(edges) do
  local a, b = e[1], e[2]
  adj[a][#adj[a] + 1] = b
  adj[b][#adj[b] + 1] = a
end
local function bfs(start)
  local dist, queue, head = {[start] = 0}, {start}, 1
  while head <= #queue do
    local v = queue[head]; head = head + 1
    for _, w in ipairs(adj[v]) do
      if dist[w] == nil then dist[w] = dist[v] + 1; queue[#queue + 1] = w end
    end
  end
  return dist, queue
end
local dist, order = bfs(1)
local s = ""
for i = 1, 8 do s = s .. tostring(dist[i]) .. " " end
print("dist", s)
s = ""
for i = 1, #order do s = s .. order[i] .. " " end
print("bfs", s)
local visited, dorder = {}, {}
local function dfs(v)
  visited[v] = true
  dorder[#dorder + 1] = v
  for _, w in ipairs(adj[v]) do if not visited[w] then dfs(w) end end
end
dfs(1)
s = ""
for i = 1, #dorder do s = s .. dorder[i] .. " " end
print("dfs", s)
-- connected components
local comp, ncomp = {}, 0
for v = 1, 8 do
  if not comp[v] then
    ncomp = ncomp + 1
    local d = bfs(v)
    for w = 1, 8 do if d[w] then comp[w] = ncomp end end
  end
end
print("components", ncomp, comp[1], comp[7], comp[8])
-- topological sort (Kahn) of a DAG
local dag = {a = {"b", "c"}, b = {"d"}, c = {"d"}, d = {"e"}, e = {}}
local names = {"a", "b", "c", "d", "e"}
local indeg = {}
for _, n in ipairs(names) do indeg[n] = 0 end
for _, n in ipairs(names) do for _, m in ipairs(dag[n]) do indeg[m] = indeg[m] + 1 end end
local ready, topo = {}, {}
for _, n in ipairs(names) do if indeg[n] == 0 then ready[#ready + 1] = n end end
while #ready > 0 do
  local n = ready[1]
  for i = 1, #ready - 1 do ready[i] = ready[i + 1] end
  ready[#ready] = nil
  topo[#topo + 1] = n
  for _, m in ipairs(dag[n]) do
    indeg[m] = indeg[m] - 1
    if indeg[m] == 0 then ready[#ready + 1] = m end
  end
end
s = ""
for i = 1, #topo do s = s .. topo[i] end
print("topo", s)
