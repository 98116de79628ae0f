%% A self-contained module (BIFs only) whose compiled form seeds the
%% `load_beam` and `run_module` fuzz targets.
-module(fz_seed).
-export([arith/0, lists/1, bins/1, maps/0, procs/0, excs/1, funs/2]).

-record(r, {a = 1, b = <<"x">>}).

arith() ->
    X = 1 bsl 70,
    {X * 3 div 7, X rem 11, -X band 255, 1.5 * 2, trunc(7 / 2), abs(-4)}.

lists(N) when is_integer(N) ->
    L = seq(N, []),
    {length(L), [E * 2 || E <- L, E rem 2 =:= 0], lists:reverse(L), tl(L ++ [x])}.

seq(0, Acc) -> Acc;
seq(N, Acc) -> seq(N - 1, [N | Acc]).

bins(N) ->
    B = <<N:32, "abc", 3.5/float, (N + 1):7>>,
    <<A:32, Rest/bitstring>> = B,
    {A, bit_size(Rest), byte_size(B), << <<C>> || <<C>> <= <<"hello">> >>,
     binary_to_list(<<"xy">>), term_to_binary({N, #r{}})}.

maps() ->
    M = #{a => 1, b => [2], {c} => <<"3">>},
    M2 = M#{a := 2, d => 4},
    #{a := A} = M2,
    {A, maps:size(M2), map_get(d, M2), is_map_key(b, M2), element(2, #r{})}.

procs() ->
    Self = self(),
    P = spawn(fun() -> receive {go, F} -> Self ! {done, F} end end),
    P ! {go, 1},
    receive
        {done, V} -> V
    after 10 -> timeout
    end.

excs(X) ->
    R1 = try X + a catch error:badarith -> badarith end,
    R2 = catch throw(X),
    R3 = try erlang:error({oops, X}) catch error:{oops, Y}:St -> {Y, is_list(St)} end,
    {R1, R2, R3}.

funs(F, X) when is_function(F, 1) -> F(X);
funs(N, L) ->
    G = fun(E) -> E + N end,
    H = fun erlang:length/1,
    {G(1), H([L]), (fun(A, B) -> {A, B} end)(N, L)}.
