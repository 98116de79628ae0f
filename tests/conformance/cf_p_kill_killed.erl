-module(cf_p_kill_killed).
-export([main/0]).

%% `kill` versus `killed`: how the reason changes along chains of links,
%% and the shape of {'EXIT', Pid, Reason} messages from spawn_link.

p(T, V) -> io:format("~p~n", [{T, V}]).

sleep(Ms) -> receive {'$cf_never'} -> ok after Ms -> ok end.

%% A chain Main(trapping) - A - B - C; C is terminated with How.
%% Returns what Main sees from A and the DOWN reasons of A, B and C.
chain(TrapB, How) ->
    Main = self(),
    process_flag(trap_exit, true),
    A = spawn_link(fun() ->
        B = spawn_link(fun() ->
            process_flag(trap_exit, TrapB),
            C = spawn_link(fun() -> receive die -> exit(kill) end end),
            Main ! {c, C},
            b_loop(Main)
        end),
        Main ! {b, B},
        receive never -> ok end
    end),
    B = receive {b, BP} -> BP end,
    C = receive {c, CP} -> CP end,
    [AM, BM, CM] = [monitor(process, P) || P <- [A, B, C]],
    case How of
        exit_kill_self -> C ! die;
        exit2_kill -> exit(C, kill);
        exit2_other -> exit(C, other)
    end,
    CR = receive {'DOWN', CM, _, _, R1} -> R1 after 2000 -> timeout end,
    Wait = case TrapB of true -> 0; false -> 2000 end,
    Trapped = receive {b_trapped, From, R} -> {b_trapped, From =:= C, R} after 2000 - Wait -> no_trap end,
    BR = down_or_alive(B, BM, Wait),
    AR = down_or_alive(A, AM, Wait),
    FromA = receive {'EXIT', A, R2} -> R2 after Wait -> none end,
    exit(A, kill), exit(B, kill),
    case TrapB of true -> receive {'EXIT', A, killed} -> ok end; false -> ok end,
    process_flag(trap_exit, false),
    p({chain, TrapB, How}, [{c, CR}, Trapped, {b, BR}, {a, AR}, {main_got, FromA}]).

b_loop(Main) ->
    receive
        {'EXIT', From, R} -> Main ! {b_trapped, From, R}, b_loop(Main)
    end.

down_or_alive(P, M, Wait) ->
    receive {'DOWN', M, _, _, R} -> {down, R}
    after Wait -> case is_process_alive(P) of true -> demonitor(M, [flush]), alive; false -> dead_no_down end
    end.

main() ->
    [chain(TrapB, How) || TrapB <- [false, true], How <- [exit_kill_self, exit2_kill, exit2_other]],
    process_flag(trap_exit, true),
    Reasons = [normal, kill, killed, shutdown, {shutdown, 1}, [a, list], <<"bin">>, 42, #{k => v},
               {deep, {nested, [1, 2, {3}]}}],
    Got = [begin
               P = spawn_link(fun() -> exit(R) end),
               receive {'EXIT', From, Why} -> {From =:= P, Why =:= R, Why} after 2000 -> timeout end
           end || R <- Reasons],
    p(spawn_link_shapes, Got),
    %% killing an already killed process is a no-op that returns true
    K = spawn_link(fun() -> receive never -> ok end end),
    p(kill_twice, [exit(K, kill), receive {'EXIT', K, R1} -> R1 end, exit(K, kill), is_process_alive(K)]),
    %% a trapping process still dies from kill, a linked trapper sees `killed`
    T = spawn_link(fun() -> process_flag(trap_exit, true), receive never -> ok end end),
    sleep(10),
    exit(T, kill),
    p(trapper_killed, receive {'EXIT', T, R2} -> R2 after 2000 -> timeout end),
    %% exit(self(), kill) while trapping: killed
    S = spawn_link(fun() -> process_flag(trap_exit, true), exit(self(), kill), receive never -> ok end end),
    p(self_kill_trapping, receive {'EXIT', S, R3} -> R3 after 2000 -> timeout end),
    process_flag(trap_exit, false),
    ok.
