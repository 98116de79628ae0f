-module(cf_checksums).
-export([main/0, id/1]).

id(X) -> X.

p(T, V) -> io:format("~w~n", [{T, V}]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    I = fun ?MODULE:id/1,
    Data = [<<>>, <<"a">>, <<"abc">>, <<"The quick brown fox jumps over the lazy dog">>, list_to_binary(lists:seq(0, 255)),
            binary:copy(<<"x">>, 10000)],
    lists:foreach(fun(D) -> p(sums, {erlang:crc32(I(D)), erlang:adler32(I(D)), erlang:md5(I(D))}) end, Data),
    p(iolist_input, [erlang:crc32(I(["ab", <<"c">>])), erlang:adler32(I([$a, [<<"bc">>]])), erlang:md5(I(["a", "bc"])) =:= erlang:md5(<<"abc">>)]),
    p(incremental, [erlang:crc32(erlang:crc32(I(<<"ab">>)), I(<<"c">>)) =:= erlang:crc32(<<"abc">>),
                    erlang:adler32(erlang:adler32(I(<<"ab">>)), I(<<"c">>)) =:= erlang:adler32(<<"abc">>),
                    erlang:md5_final(erlang:md5_update(erlang:md5_update(erlang:md5_init(), I("ab")), I("c"))) =:= erlang:md5(<<"abc">>)]),
    p(combine, [erlang:crc32_combine(erlang:crc32(<<"ab">>), erlang:crc32(<<"cd">>), 2) =:= erlang:crc32(<<"abcd">>),
                erlang:adler32_combine(erlang:adler32(<<"ab">>), erlang:adler32(<<"cd">>), 2) =:= erlang:adler32(<<"abcd">>)]),
    io:format("~s~n", [lists:flatten([io_lib:format("~2.16.0b", [B]) || <<B>> <= erlang:md5(I(<<"hello">>))])]),
    p(errors, [t(fun() -> erlang:crc32(I(atom)) end), t(fun() -> erlang:md5(I(1)) end), t(fun() -> erlang:adler32(I([256])) end)]),
    ok.
