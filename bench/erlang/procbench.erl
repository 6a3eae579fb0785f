%% The process measurements of bench/procs, in Erlang, for comparison:
%% the memory of an idle process, the spawn rate, and message round
%% trips between two processes. bench/cmd/procbench compiles it (erlc)
%% and runs one measurement per Erlang VM:
%%
%%   erl -noshell +P 2000000 -pa DIR -s procbench main idle 100000
%%   erl -noshell -pa DIR -s procbench main spawn 1000000
%%   erl -noshell -pa DIR -s procbench main pingpong 1000000
%%
%% and reads its output: one "name value" line per figure.
-module(procbench).
-export([main/1]).

main([What, NArg]) ->
    N = list_to_integer(atom_to_list(NArg)),
    statistics(runtime),
    case What of
        idle -> idle(N);
        spawn -> spawn_rate(N);
        pingpong -> ping_pong(N)
    end,
    %% CPU time of all the VM's threads during the measurement.
    {_, Ms} = statistics(runtime),
    io:format("cpu_seconds ~.3f~n", [Ms / 1000]),
    halt().

%% idle: N processes blocked in receive; the growth of the memory of all
%% processes (erlang:memory(processes)) per process, the total growth, and
%% the time until all are spawned.
idle(N) ->
    Base = erlang:system_info(process_count),
    erlang:garbage_collect(),
    Before = erlang:memory(processes),
    TotalBefore = erlang:memory(total),
    T0 = erlang:monotonic_time(nanosecond),
    Pids = [spawn(fun() -> receive stop -> ok end end) || _ <- lists:seq(1, N)],
    wait_waiting(Pids),
    T1 = erlang:monotonic_time(nanosecond),
    After = erlang:memory(processes),
    TotalAfter = erlang:memory(total),
    io:format("idle_n ~b~n", [N]),
    io:format("idle_bytes_per_process ~.1f~n", [(After - Before) / N]),
    io:format("idle_total_bytes_per_process ~.1f~n", [(TotalAfter - TotalBefore) / N]),
    io:format("idle_spawn_seconds ~.6f~n", [(T1 - T0) / 1.0e9]),
    io:format("idle_rss_bytes ~b~n", [rss()]),
    [P ! stop || P <- Pids],
    wait_count(Base).

%% wait_waiting waits until the last process spawned is in receive (the
%% others were spawned before it on the same schedulers).
wait_waiting(Pids) ->
    Last = lists:last(Pids),
    case erlang:process_info(Last, status) of
        {status, waiting} -> ok;
        _ -> timer:sleep(1), wait_waiting(Pids)
    end.

%% rss returns the resident set size of the VM (0 without /proc).
rss() ->
    case file:read_file("/proc/self/status") of
        {ok, Status} ->
            case re:run(Status, "VmRSS:\\s+(\\d+) kB", [{capture, all_but_first, list}]) of
                {match, [Kb]} -> list_to_integer(Kb) * 1024;
                nomatch -> 0
            end;
        _ -> 0
    end.

%% spawn_rate: N processes that return at once, spawned from this
%% process; the time until all have exited (polling the process count).
spawn_rate(N) ->
    Base = erlang:system_info(process_count),
    T0 = erlang:monotonic_time(nanosecond),
    spawn_n(N),
    wait_count(Base),
    T1 = erlang:monotonic_time(nanosecond),
    io:format("spawn_n ~b~n", [N]),
    io:format("spawn_seconds ~.6f~n", [(T1 - T0) / 1.0e9]).

spawn_n(0) -> ok;
spawn_n(N) -> spawn(fun() -> ok end), spawn_n(N - 1).

wait_count(Base) ->
    case erlang:system_info(process_count) > Base of
        true -> timer:sleep(1), wait_count(Base);
        false -> ok
    end.

%% ping_pong: N round trips of a message between two processes.
ping_pong(N) ->
    Self = self(),
    T0 = erlang:monotonic_time(nanosecond),
    Echo = spawn(fun echo/0),
    Pinger = spawn(fun() -> ping(N, Echo), Self ! done end),
    receive done -> ok end,
    T1 = erlang:monotonic_time(nanosecond),
    _ = Pinger,
    io:format("ping_n ~b~n", [N]),
    io:format("ping_seconds ~.6f~n", [(T1 - T0) / 1.0e9]).

ping(0, Echo) -> Echo ! stop;
ping(N, Echo) ->
    Echo ! {ping, self(), N},
    receive pong -> ok end,
    ping(N - 1, Echo).

echo() ->
    receive
        stop -> ok;
        {ping, From, _} -> From ! pong, echo()
    end.
