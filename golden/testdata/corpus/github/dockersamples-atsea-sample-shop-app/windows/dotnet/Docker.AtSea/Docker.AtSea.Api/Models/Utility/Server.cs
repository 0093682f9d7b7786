using System;
using System.Collections.Generic;
using System.Linq;
using System.Web;

namespace Docker.AtSea.Api.Models.Utility
{
    public class Server
    {
        public string Host { get; set; }

        public string Ip { get; set; }
    }
}