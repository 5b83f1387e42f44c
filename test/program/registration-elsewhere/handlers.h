#pragma once
#include <httplib.h>

void handle_user(const httplib::Request &req, httplib::Response &res);
void handle_order(const httplib::Request &req, httplib::Response &res);
