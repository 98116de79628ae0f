-module(cf_p_register).
-export([main/0]).

%% The process registry: register/unregister/whereis/registered, every
%% badarg case, names freed on exit, sending to names, and re-registering.

p(T, V) -> io:format("~p~n", [{T, V}]).

c(F) -> try F() catch C:R -> {C, R} end.

idle() -> receive {From, ask} -> From ! {answer, process_info(self(), registered_name)}, idle(); stop -> ok end.

main() ->
    Self = self(),
    A = spawn(fun idle/0),
    B = spawn(fun idle/0),
    p(register_ok, register(cf_p_reg_a, A)),
    p(whereis, [whereis(cf_p_reg_a) =:= A, whereis(cf_p_reg_none)]),
    p(member, [lists:member(cf_p_reg_a, registered()), lists:member(cf_p_reg_none, registered())]),
    %% errors
    p(name_taken, c(fun() -> register(cf_p_reg_a, B) end)),
    p(pid_already_named, c(fun() -> register(cf_p_reg_other, A) end)),
    p(undefined_name, c(fun() -> register(undefined, B) end)),
    p(not_atom, c(fun() -> register("name", B) end)),
    p(not_pid, c(fun() -> register(cf_p_reg_x, not_a_pid) end)),
    {D, DM} = spawn_monitor(fun() -> ok end),
    receive {'DOWN', DM, _, _, _} -> ok end,
    p(dead_pid, c(fun() -> register(cf_p_reg_dead, D) end)),
    p(dead_not_registered, whereis(cf_p_reg_dead)),
    p(unregister_unknown, c(fun() -> unregister(cf_p_reg_none) end)),
    p(unregister_not_atom, c(fun() -> unregister(42) end)),
    p(whereis_not_atom, c(fun() -> whereis("x") end)),
    %% registered_name from inside the process
    A ! {Self, ask},
    p(registered_name, receive {answer, RN} -> RN end),
    B ! {Self, ask},
    p(unnamed_info, receive {answer, RN2} -> RN2 end),
    %% sending to a name and to {Name, node()}
    cf_p_reg_a ! {Self, ask},
    {cf_p_reg_a, node()} ! {Self, ask},
    p(send_by_name, [receive {answer, X} -> X end, receive {answer, Y} -> Y end]),
    p(send_unknown_name, c(fun() -> cf_p_reg_none ! hello end)),
    p(send_unknown_erlang_send, c(fun() -> erlang:send(cf_p_reg_none, hello) end)),
    %% unregister then reuse the name for another process
    p(unregister, [unregister(cf_p_reg_a), whereis(cf_p_reg_a), register(cf_p_reg_a, B), whereis(cf_p_reg_a) =:= B]),
    %% a name is freed when its process exits
    MB = monitor(process, B),
    B ! stop,
    receive {'DOWN', MB, _, _, _} -> ok end,
    p(freed_on_exit, [whereis(cf_p_reg_a), lists:member(cf_p_reg_a, registered())]),
    p(reuse_after_exit, [register(cf_p_reg_a, A), whereis(cf_p_reg_a) =:= A]),
    %% registering self
    p(self_register, [register(cf_p_reg_self, self()), whereis(cf_p_reg_self) =:= self(),
                      process_info(self(), registered_name), unregister(cf_p_reg_self),
                      process_info(self(), registered_name)]),
    %% many names
    Ps = [spawn(fun idle/0) || _ <- lists:seq(1, 50)],
    Names = [list_to_atom("cf_p_reg_many_" ++ integer_to_list(I)) || I <- lists:seq(1, 50)],
    p(many, lists:usort([register(N, P) || {N, P} <- lists:zip(Names, Ps)])),
    p(many_resolve, lists:all(fun({N, P}) -> whereis(N) =:= P end, lists:zip(Names, Ps))),
    p(many_in_registered, length([N || N <- registered(), lists:member(N, Names)])),
    [P ! stop || P <- Ps],
    A ! stop,
    ok.
