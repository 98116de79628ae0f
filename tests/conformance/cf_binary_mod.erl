-module(cf_binary_mod).
-export([main/0, id/1]).

id(X) -> X.

p(T, V) -> io:format("~w~n", [{T, V}]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    I = fun ?MODULE:id/1,
    B = I(<<"the quick brown fox jumps over the lazy dog">>),
    p(split, [binary:split(B, <<" ">>), binary:split(B, <<" ">>, [global]), binary:split(B, [<<"o">>, <<"e">>], [global]),
              binary:split(<<",a,,b,">>, <<",">>, [global]), binary:split(<<",a,,b,">>, <<",">>, [global, trim]),
              binary:split(<<",a,,b,">>, <<",">>, [global, trim_all]), binary:split(B, <<"zzz">>),
              binary:split(B, <<" ">>, [{scope, {10, 10}}])]),
    p(replace, [binary:replace(B, <<"the">>, <<"THE">>), binary:replace(B, <<"the">>, <<"THE">>, [global]),
                binary:replace(B, [<<"a">>, <<"o">>], <<"*">>, [global]),
                binary:replace(<<"abc">>, <<"b">>, <<"[]">>, [{insert_replaced, 1}]),
                binary:replace(<<"aaa">>, <<"a">>, <<>>, [global])]),
    p(match, [binary:match(B, <<"fox">>), binary:match(B, <<"cat">>), binary:match(B, [<<"dog">>, <<"the">>]),
              binary:match(B, <<"the">>, [{scope, {1, 42}}]), binary:match(<<"abcd">>, [<<"bcd">>, <<"bc">>])]),
    p(matches, [binary:matches(B, <<"the">>), binary:matches(B, [<<"o">>, <<"e">>]), binary:matches(<<"aaaa">>, <<"aa">>),
                binary:matches(B, <<"zzz">>)]),
    CP = binary:compile_pattern([<<"quick">>, <<"lazy">>]),
    p(compiled, [binary:match(B, CP), binary:matches(B, CP), binary:split(B, CP, [global])]),
    p(part, [binary:part(B, 4, 5), binary:part(B, {10, 5}), binary:part(B, byte_size(B), -3), t(fun() -> binary:part(B, 40, 10) end)]),
    p(copy, [binary:copy(<<"ab">>), binary:copy(<<"ab">>, 3), binary:copy(<<>>, 5), binary:copy(<<"x">>, 0)]),
    p(decode_unsigned, [binary:decode_unsigned(I(X)) || X <- [<<>>, <<1>>, <<1, 0>>, <<255, 255, 255, 255, 255, 255, 255, 255, 255>>]]),
    p(decode_unsigned_little, [binary:decode_unsigned(I(<<1, 0>>), little), binary:decode_unsigned(I(<<0, 0, 1>>), little)]),
    p(encode_unsigned, [binary:encode_unsigned(I(X)) || X <- [0, 1, 255, 256, 1 bsl 64, 16#123456]]),
    p(encode_unsigned_little, [binary:encode_unsigned(I(16#123456), little), t(fun() -> binary:encode_unsigned(I(-1)) end)]),
    p(first_last_at, [binary:first(B), binary:last(B), binary:at(B, 4), t(fun() -> binary:first(<<>>) end),
                      t(fun() -> binary:at(B, 100) end), t(fun() -> binary:last(<<>>) end)]),
    p(bin_to_list, [binary:bin_to_list(<<"abc">>), binary:bin_to_list(B, 4, 5), binary:bin_to_list(B, {0, 3}),
                    t(fun() -> binary:bin_to_list(B, {40, 10}) end)]),
    p(list_to_bin, [binary:list_to_bin([<<"a">>, "bc", [$d, <<"e">>]]), t(fun() -> binary:list_to_bin(I([a])) end)]),
    p(lcp, [binary:longest_common_prefix([<<"erlang">>, <<"ergonomy">>]), binary:longest_common_prefix([<<"abc">>, <<"xyz">>]),
            binary:longest_common_prefix([<<"same">>, <<"same">>]), binary:longest_common_suffix([<<"testing">>, <<"running">>])]),
    p(referenced, binary:referenced_byte_size(binary:copy(binary:part(B, 0, 3)))),
    p(errors, [t(fun() -> binary:split(B, <<>>) end), t(fun() -> binary:match(I(notbin), <<"a">>) end),
               t(fun() -> binary:replace(B, <<>>, <<"x">>) end), t(fun() -> binary:copy(<<"a">>, -1) end),
               t(fun() -> binary:decode_unsigned(I(<<1:4>>)) end), t(fun() -> binary:matches(B, []) end)]),
    p(erlang_split, [split_binary(B, 3), t(fun() -> split_binary(B, 100) end)]),
    p(bin_list, [binary_to_list(B, 1, 3), list_to_binary([1, [2, <<3>>], <<>>]), t(fun() -> list_to_binary(I([256])) end),
                 t(fun() -> binary_to_list(B, 5, 2) end)]),
    ok.
