%% min_bin_vheap_size: system_flag/2 sets the default and returns the old
%% one (rounded up to a heap size, as OTP does), process_info reports it,
%% and a process that makes and drops many large binaries keeps working.
-module(cf_bin_vheap).
-export([main/0]).

main() ->
    io:format("~p~n", [erlang:system_flag(min_bin_vheap_size, 1000)]),
    io:format("~p~n", [erlang:system_flag(min_bin_vheap_size, 46422)]),
    {_, L} = process_info(self(), garbage_collection),
    io:format("~p~n", [proplists:get_value(min_bin_vheap_size, L)]),
    io:format("~p~n", [byte_size(churn(3000, <<>>))]),
    io:format("~p~n", [lists:sum([byte_size(B) || B <- keep(200, [])])]).

%% Makes a 1000-byte binary and drops it, 3000 times, while appending.
churn(0, Acc) -> Acc;
churn(N, Acc) ->
    _ = binary:copy(<<N:8>>, 1000),
    churn(N - 1, <<Acc/binary, N:8>>).

%% Keeps 200 binaries of 500 bytes alive across collections.
keep(0, Acc) -> Acc;
keep(N, Acc) -> keep(N - 1, [binary:copy(<<N:8>>, 500) | Acc]).
