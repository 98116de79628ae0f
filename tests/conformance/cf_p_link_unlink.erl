-module(cf_p_link_unlink).
-export([main/0]).

%% link/1 and unlink/1: idempotence, return values, the links list,
%% linking to dead processes, and unlinking before a crash.

p(T, V) -> io:format("~p~n", [{T, V}]).

c(F) -> try F() catch C:R -> {C, R} end.

links_of(P) -> {links, L} = process_info(P, links), L.

idle() -> receive stop -> exit(stopped_idle); {link_to, P, From} -> From ! {linked, link(P)}, idle() end.

main() ->
    Self = self(),
    A = spawn(fun idle/0),
    p(link_returns, [link(A), link(A), link(A)]),
    p(links_once, [length([X || X <- links_of(self()), X =:= A]), lists:member(self(), links_of(A))]),
    p(unlink_returns, [unlink(A), unlink(A), lists:member(A, links_of(self())), lists:member(self(), links_of(A))]),
    p(link_self, [link(self()), lists:member(self(), links_of(self()))]),
    p(unlink_never_linked, unlink(spawn(fun() -> ok end))),
    %% after unlink, the process's crash does not reach us
    B = spawn(fun idle/0),
    link(B), unlink(B),
    MB = monitor(process, B),
    B ! stop,
    p(unlinked_crash, [receive {'DOWN', MB, _, _, R} -> R end, is_process_alive(self())]),
    %% linking to a dead process while trapping exits gives a noproc message
    {D, DM} = spawn_monitor(fun() -> ok end),
    receive {'DOWN', DM, _, _, _} -> ok end,
    process_flag(trap_exit, true),
    p(link_dead_trapping, [catch link(D), receive {'EXIT', D, R2} -> {exit_msg, R2} after 1000 -> none end]),
    process_flag(trap_exit, false),
    %% linking to a dead process while not trapping: in a helper process
    H = spawn(fun() -> Self ! {helper, c(fun() -> link(D) end)}, receive never -> ok end end),
    HM = monitor(process, H),
    p(link_dead_not_trapping, [receive {helper, R3} -> R3 after 1000 -> none end,
                               receive {'DOWN', HM, _, _, R4} -> {down, R4} after 200 -> alive end]),
    exit(H, kill),
    %% badarg cases
    p(link_badarg, [c(fun() -> link(not_a_pid) end), c(fun() -> unlink(42) end)]),
    %% a link created from the other side shows up in our links
    C = spawn(fun idle/0),
    C ! {link_to, Self, Self},
    p(remote_link, [receive {linked, R5} -> R5 end, lists:member(C, links_of(self()))]),
    process_flag(trap_exit, true),
    C ! stop,
    p(remote_link_exit, receive {'EXIT', C, R6} -> R6 after 1000 -> none end),
    p(links_after_exit, lists:member(C, links_of(self()))),
    %% many links at once
    Ps = [spawn_link(fun() -> receive go -> exit(normal) end end) || _ <- lists:seq(1, 50)],
    p(many_links, length([P || P <- links_of(self()), lists:member(P, Ps)])),
    [P ! go || P <- Ps],
    Exits = [receive {'EXIT', P, Why} -> Why end || P <- Ps],
    p(many_exits, lists:usort(Exits)),
    p(links_empty_again, [P || P <- links_of(self()), lists:member(P, Ps)]),
    unlink(A), exit(A, kill),
    process_flag(trap_exit, false),
    ok.
