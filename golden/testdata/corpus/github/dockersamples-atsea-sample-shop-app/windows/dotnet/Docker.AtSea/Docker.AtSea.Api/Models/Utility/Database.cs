using System;
using System.Collections.Generic;
using System.Linq;
using System.Web;

namespace Docker.AtSea.Api.Models.Utility
{
    public class Database
    {
        public string Status { get; set; }
    }
}