-module(lim_limits).
-export([main/0]).

%% Limits a program can reach without taking the VM down (issue 6). Where
%% OTP's emulator gives up on the whole node (a full atom table, a binary
%% the allocator refuses) beamr raises system_limit in the process instead;
%% the rest is what OTP does.
main() ->
    io:format("huge copy: ~p~n", [t(fun() -> binary:copy(<<0>>, 1 bsl 40) end)]),
    io:format("huge bits: ~p~n", [t(fun() -> bits(1 bsl 62) end)]),
    io:format("huge tuple: ~p~n", [t(fun() -> erlang:make_tuple(1 bsl 40, a) end)]),
    io:format("long atom: ~p~n", [t(fun() -> list_to_atom(lists:duplicate(256, $a)) end)]),
    io:format("safe: ~p~n", [t(fun() -> binary_to_term(<<131,100,0,3,"zqy">>, [safe]) end)]),
    io:format("deep recursion: ~p~n", [deep()]),
    Limit = erlang:system_info(atom_limit),
    Full = t(fun() -> fill(0) end),
    io:format("atoms: ~p, table full: ~p~n",
              [Full, erlang:system_info(atom_count) =:= Limit]),
    Fresh = "not_there_" ++ integer_to_list(erlang:unique_integer([positive])),
    io:format("new atom when full: ~p~n", [t(fun() -> list_to_atom(Fresh) end)]),
    io:format("existing atom when full: ~p~n", [t(fun() -> list_to_atom("ok") end)]),
    io:format("still running: ~p~n", [lists:sum(lists:seq(1, 100))]).

t(F) ->
    try F() of
        V -> {ok, V}
    catch
        C:R -> {C, R}
    end.

bits(N) -> <<0:N>>.

fill(I) ->
    _ = list_to_atom("lim_" ++ integer_to_list(I)),
    fill(I + 1).

%% A process recursing without end grows its stack until max_heap_size
%% kills it; only that process dies.
deep() ->
    Opts = [monitor, {max_heap_size, #{size => 200000, kill => true, error_logger => false}}],
    {Pid, Ref} = spawn_opt(fun() -> recurse(0) end, Opts),
    receive
        {'DOWN', Ref, process, Pid, Reason} -> Reason
    after 20000 -> timeout
    end.

recurse(N) when N < 0 -> [];
recurse(N) -> [N | recurse(N + 1)].
